// Round 3. The same loop with a plain await: it resumes on the worker each time.
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
            sent += Limits.Current.PerSecond;
            await Task.Delay(1000);
        }

        return sent;
    }
}
