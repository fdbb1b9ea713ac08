// Quiet twin: the snapshot (immutable, shared by design) is read on the worker and captured by the callback.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.R11.LocalFunctionTimerCallbackQuiet;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public ImmutableDictionary<string, int> Caps { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Reporter
{
    public static Timer Start()
    {
        var limits = Limits.Current;
        void Tick(object? _) => Report(limits.Caps.Count);
        return new Timer(Tick, null, 0, 1000);
    }

    private static void Report(int count)
    {
    }
}
