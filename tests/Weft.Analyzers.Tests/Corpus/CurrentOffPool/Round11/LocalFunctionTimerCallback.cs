// A local function used as a System.Threading.Timer callback reads Current on the timer's thread. Reading taken: the
// report may be at the read inside the local function or at the hand-off (#escape).
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.R11.LocalFunctionTimerCallback;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public ImmutableDictionary<string, int> Caps { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Reporter
{
    public static Timer Start()
    {
        void Tick(object? _) => Report(Limits.Current.Caps.Count); // expect: WEFT0005 #escape
        return new Timer(Tick, null, 0, 1000); // expect: WEFT0005 #escape
    }

    private static void Report(int count)
    {
    }
}
