// The same waiter with one more await, written with the named argument: continueOnCapturedContext: false leaves the loop.
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.AwaitTrue;

[ThreadLocalSlot]
public sealed partial class Deadline
{
    public int Milliseconds { get; init; }
}

public static class Waiter
{
    public static async Task<int> WaitAsync()
    {
        await Task.Delay(1).ConfigureAwait(true);
        int first = Deadline.Current.Milliseconds;
        await Task.Yield();
        await Task.Delay(first).ConfigureAwait(continueOnCapturedContext: false);
        return first + Deadline.Current.Milliseconds; // expect: WEFT0005
    }
}
