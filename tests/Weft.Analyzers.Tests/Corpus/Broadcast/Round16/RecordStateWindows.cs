// A rate limiter's new windows, as a positional record handed as the state of RunOnAllThreadsAsync: the record holds
// an int[] every worker receives (WEFT0007: a record with an array member is a mutable type).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R16.RecordStateWindows;

public sealed record WindowChange(string Route, int[] WindowsMs);

public sealed class LimiterState
{
    public Dictionary<string, int[]> Windows { get; } = new();
}

public static class LimiterAdmin
{
    public static Task ResizeAsync(Slot<LimiterState> slot, string route, IEnumerable<int> windowsMs)
    {
        var change = new WindowChange(route, [.. windowsMs]);
        return slot.RunOnAllThreadsAsync(
            static (state, c) => state.Windows[c.Route] = [.. c.WindowsMs],
            change); // expect: WEFT0007
    }
}
