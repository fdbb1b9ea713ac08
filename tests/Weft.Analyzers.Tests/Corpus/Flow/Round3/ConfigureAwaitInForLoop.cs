// Round 3. A `for` loop reads Current at the top of each iteration and awaits with ConfigureAwait(false) at the
// bottom: from the second iteration on, the read is off the loop.
using System.Threading.Tasks;
using Weft;

namespace Corpus.Flow.Round3.ConfigureAwaitInForLoop;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int PerSecond { get; init; }
}

public static class Throttle
{
    public static async Task<int> PaceAsync(int rounds)
    {
        int sent = 0;
        for (int i = 0; i < rounds; i++)
        {
            sent += Limits.Current.PerSecond; // expect: WEFT0005 "Limits"
            await Task.Delay(1000).ConfigureAwait(false);
        }

        return sent;
    }
}
