// Quiet twin of RefTakenBeforePublish: the refs are written before the publish and re-pointed at a local afterwards;
// the later writes go to that local.
using Weft;

namespace Corpus5a.RefTakenBeforePublishQuiet;

public sealed class Gauge
{
    public long Value;
    public long[] History = new long[8];
}

public static class Publisher
{
    public static long Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Gauge>();
        var gauge = new Gauge();
        scoped ref long value = ref gauge.Value;
        value = 42;
        slot.Publish(gauge);
        long scratch = 0;
        value = ref scratch;
        value = 7;
        return scratch;
    }
}
