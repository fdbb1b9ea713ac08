// WEFT0007: the state of Slot<T>.RunOnAllThreadsAsync<TState> ([Published]) is chosen by a switch expression whose
// arms are int[] — a mutable array reaches every thread.
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round4.SwitchExpressionState;

public sealed class TierLimits
{
    public int RequestsPerSecond { get; set; }
}

public static class TierRollout
{
    public static Task ApplyAsync(Slot<TierLimits> limits, string tier) =>
        limits.RunOnAllThreadsAsync(
            static (l, steps) => l.RequestsPerSecond = steps[^1],
            tier switch // expect: WEFT0007
            {
                "gold" => new[] { 100, 500, 1000 },
                "silver" => new[] { 50, 100 },
                _ => new[] { 10 },
            });
}
