"""PyInstaller run-time hook: PyInstaller's own hooks, run when their module is imported.

PyInstaller runs ``pyi_rth_inspect``, ``pyi_rth_multiprocessing`` and
``pyi_rth_pkgutil`` before the app starts; each imports the module it patches
(inspect, zipfile and the whole of multiprocessing with pickle and sockets):
20 ms or more at every start, although the app's commands use none of them.
infointerview.spec writes this file with those hooks' own sources in
``_DEFERRED`` (module name -> (hook name, source)) and drops the originals;
each hook now runs, unchanged, right after the first import of its module,
so anything that uses these modules later sees them patched as before.
"""

import sys

_DEFERRED: dict = {}  # filled in by infointerview.spec


def _run(hook, source):
    exec(compile(source, hook, "exec"), {"__name__": hook})


class _ThenRunHook:
    """A module's loader that runs the module's hook once the module has executed."""

    def __init__(self, loader, hook, source):
        self._loader = loader
        self._hook = hook
        self._source = source

    def __getattr__(self, name):
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        _run(self._hook, self._source)


class _DeferredHooks:
    """A meta-path finder that hands the modules in _DEFERRED the loader above."""

    def find_spec(self, name, path=None, target=None):
        if name not in _DEFERRED:
            return None
        hook, source = _DEFERRED.pop(name)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            if finder is self or find is None:
                continue
            spec = find(name, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _ThenRunHook(spec.loader, hook, source)
                return spec
        return None

    def invalidate_caches(self):
        pass


def _install():
    for name in [name for name in _DEFERRED if name in sys.modules]:
        _run(*_DEFERRED.pop(name))
    sys.meta_path.insert(0, _DeferredHooks())


_install()
