// WEFT0002: a boolean remembers whether the publish ran; the write guarded by `if (published)` runs only after it.
// The quiet twin guards the write with `if (!published)`, where the publish has not run.
using Weft;

namespace Corpus5a.PublishedFlagGuardsWrite;

public sealed class Plan
{
    public int Step;
}

public static class Publisher
{
    public static void Run(WorkerPool pool, bool ready)
    {
        var slot = pool.AllocateSlot<Plan>();
        var plan = new Plan();
        bool published = false;
        if (ready)
        {
            slot.Publish(plan);
            published = true;
        }

        if (published)
        {
            plan.Step = 2; // expect: WEFT0002
        }
    }
}
