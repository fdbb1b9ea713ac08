// Decision: a static auto-property is a static field behind an accessor; `Served++` on it from worker code is the
// same lost-update race as on the field.
// Round 2. Callbacks posted to every worker bump a static auto-property.
using Weft;

namespace Corpus.StaticWrites.Round2.AutoProperty;

public static class Stats
{
    public static int Served { get; private set; }

    public static void Start(WorkerPool pool)
    {
        foreach (var worker in pool.Workers)
        {
            worker.Post(() => Served++); // expect: WEFT0006
        }
    }
}
