// Quiet twin: the fallback is read from the snapshot before the configured await.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.WhenAnySwitchExpressionQuiet;

[ThreadLocalSlot]
public sealed partial class Fallbacks
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Race
{
    public static async Task<string> PickAsync(Task<string> primary, Task<string> secondary)
    {
        string fallback = Fallbacks.Current.Hosts[0];
        var winner = await Task.WhenAny(primary, secondary).ConfigureAwait(false);
        return winner.IsCompletedSuccessfully switch
        {
            true => winner.Result,
            false => fallback,
        };
    }
}
