// Quiet twin of RecordWithSharesListAfterPublish: the `with` gives the next version its own list (new List<T>(x)),
// so the write reaches only the new list, which is published afterwards.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.RecordWithSharesListAfterPublishQuiet;

public sealed record Config(int Version, List<string> Routes);

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Config>();
        var v1 = new Config(1, new List<string> { "/a" });
        slot.Publish(v1);
        var v2 = v1 with { Version = 2, Routes = new List<string>(v1.Routes) };
        v2.Routes.Add("/b");
        slot.Publish(v2);
    }
}
