// Quiet twin of InterfaceCastAfterPublish: every cast-and-write happens before the publish; after it, the same casts
// only read.
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.InterfaceCastAfterPublishQuiet;

public static class Publisher
{
    static void Push<TCollection>(TCollection target, string value) where TCollection : ICollection<string> => target.Add(value);

    public static async Task<int> Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var hosts = new List<string> { "a" };
        ((ICollection<string>)hosts).Add("b");
        (hosts as IList<string>)?.Insert(0, "c");
        ((IList)hosts)[0] = "d";
        Push(hosts, "e");
        await slot.PublishAsync(hosts);
        return ((ICollection<string>)hosts).Count + ((IList)hosts).Count;
    }
}
