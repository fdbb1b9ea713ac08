// WEFT0005: a read-only delegate field initialized with a lambda that reads Current runs where it is invoked:
// inside Task.Run. Reported at the lambda or at the invocation: #escape.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.DelegateFieldInvokedOnPool;

[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public bool DarkMode { get; init; }
}

public sealed class FlagProbe
{
    private readonly Func<bool> _dark = () => FeatureFlags.Current.DarkMode; // expect: WEFT0005 #escape

    public Task<bool> ProbeAsync() => Task.Run(() => _dark()); // expect: WEFT0005 #escape
}
