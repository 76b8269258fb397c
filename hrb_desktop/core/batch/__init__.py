"""Many enterprises at once: an Excel template in; results, PDFs and assessment files out.

Qt-free. It sits above ``core.assessment``, ``core.engine`` and ``core.report``
and below ``cli`` and ``ui``: rows become the wizard's own ``Assessment``
objects, checked by the wizard's own validators and evaluated by the same engine.
"""
