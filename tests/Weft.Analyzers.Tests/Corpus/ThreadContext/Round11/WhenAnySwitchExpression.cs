// Task.WhenAny configured with ConfigureAwait(false); a switch expression afterwards reads Current in one arm.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.WhenAnySwitchExpression;

[ThreadLocalSlot]
public sealed partial class Fallbacks
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Race
{
    public static async Task<string> PickAsync(Task<string> primary, Task<string> secondary)
    {
        var winner = await Task.WhenAny(primary, secondary).ConfigureAwait(false);
        return winner.IsCompletedSuccessfully switch
        {
            true => winner.Result,
            false => Fallbacks.Current.Hosts[0], // expect: WEFT0005
        };
    }
}
