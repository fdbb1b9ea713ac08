// WEFT0002: a `ref` local into the object's field (and one into an array element) is taken before the publish and
// written through after it; the ref points into the published object.
using Weft;

namespace Corpus5a.RefTakenBeforePublish;

public sealed class Gauge
{
    public long Value;
    public long[] History = new long[8];
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Gauge>();
        var gauge = new Gauge();
        ref long value = ref gauge.Value;
        ref long oldest = ref gauge.History[0];
        slot.Publish(gauge);
        value = 42; // expect: WEFT0002
        oldest++; // expect: WEFT0002
    }
}
