// ConfigureAwait(true) and Task.Yield keep the worker's context: Current stays valid after them.
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
        return first + Deadline.Current.Milliseconds;
    }
}
