// Twin: the delegate is invoked on the worker and the bool goes to Task.Run.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.DelegateFieldInvokedOnPoolQuiet;

[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public bool DarkMode { get; init; }
}

public sealed class FlagProbe
{
    private readonly Func<bool> _dark = () => FeatureFlags.Current.DarkMode;

    public Task<bool> ProbeAsync()
    {
        bool dark = _dark();
        return Task.Run(() => !dark);
    }
}
