// Quiet twin of SwitchExpressionState: the arms are ImmutableArray<int>.
using System.Collections.Immutable;
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
            tier switch
            {
                "gold" => ImmutableArray.Create(100, 500, 1000),
                "silver" => ImmutableArray.Create(50, 100),
                _ => ImmutableArray.Create(10),
            });
}
