// Quiet twin of PublishedFlagGuardsWrite: the write runs only when the flag says the publish did not run
// (`if (!published)`), and the object is published right after it. Reading: the page says "order by flow"; the write
// is on no path after a publish, so it must stay quiet (a path-insensitive merge would call it "maybe published").
using Weft;

namespace Corpus5a.PublishedFlagGuardsWriteQuiet;

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

        if (!published)
        {
            plan.Step = 2;
            slot.Publish(plan);
        }
    }
}
