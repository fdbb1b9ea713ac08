// WEFT0002: the callback form's completion (`[RunsOnMain] Action onAllApplied`) runs after every thread switched to the
// value; a completion lambda that writes the published object writes it while workers read it. Also a ContinueWith on
// the publish task.
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.CompletionCallbackWrites;

public sealed class Epoch
{
    public bool Applied;
    public long Number;
}

public static class Publisher
{
    public static Task Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Epoch>();
        var first = new Epoch { Number = 1 };
        slot.Publish(first, () => first.Applied = true); // expect: WEFT0002
        var second = new Epoch { Number = 2 };
        return slot.PublishAsync(second).ContinueWith(_ => second.Number++); // expect: WEFT0002
    }
}
