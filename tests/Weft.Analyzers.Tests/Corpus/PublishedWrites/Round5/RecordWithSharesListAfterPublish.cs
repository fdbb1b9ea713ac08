// WEFT0002: a published record is copied with `with` after the publish to make "the next version"; the copy is
// shallow, so its Routes list is the published one and writing it races the workers.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.RecordWithSharesListAfterPublish;

public sealed record Config(int Version, List<string> Routes);

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Config>();
        var v1 = new Config(1, new List<string> { "/a" });
        slot.Publish(v1);
        var v2 = v1 with { Version = 2 };
        v2.Routes.Add("/b"); // expect: WEFT0002
        slot.Publish(v2);
    }
}
