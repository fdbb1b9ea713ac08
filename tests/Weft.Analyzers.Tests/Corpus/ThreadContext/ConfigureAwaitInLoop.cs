// The Current read sits above the ConfigureAwait(false) in the text, but from the second pass on it runs on the
// thread pool, where the slot has no value.
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
            var policy = RetryPolicy.Current; // expect: WEFT0005
            if (i >= policy.Attempts)
            {
                return false;
            }

            if (await attempt().ConfigureAwait(false))
            {
                return true;
            }

            await Task.Delay(policy.BackoffMs[i % policy.BackoffMs.Length]).ConfigureAwait(false);
        }
    }
}
