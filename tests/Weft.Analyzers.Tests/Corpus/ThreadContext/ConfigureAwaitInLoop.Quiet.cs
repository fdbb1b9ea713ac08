// Worker code that awaits plainly: every continuation resumes on the worker's loop, so Current stays valid.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.AwaitLoop;

[ThreadLocalSlot]
public sealed partial class RetryPolicy
{
    public int Attempts { get; init; }
    public ImmutableArray<int> BackoffMs { get; init; }
}

public static class Retrier
{
    public static async Task<bool> RunAsync(System.Func<Task<bool>> attempt)
    {
        for (int i = 0; ; i++)
        {
            var policy = RetryPolicy.Current;
            if (i >= policy.Attempts)
            {
                return false;
            }

            if (await attempt())
            {
                return true;
            }

            await Task.Delay(policy.BackoffMs[i % policy.BackoffMs.Length]);
        }
    }
}
