// WEFT0002: a published list is written after the publish through casts and `as` to ICollection<T>, IList<T> and the
// non-generic IList, and through a generic helper constrained to ICollection<T>.
using System.Collections;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.InterfaceCastAfterPublish;

public static class Publisher
{
    static void Push<TCollection>(TCollection target, string value) where TCollection : ICollection<string> => target.Add(value);

    public static async Task Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<string>>();
        var hosts = new List<string> { "a" };
        await slot.PublishAsync(hosts);
        ((ICollection<string>)hosts).Add("b"); // expect: WEFT0002
        (hosts as IList<string>)?.Insert(0, "c"); // expect: WEFT0002
        ((IList)hosts)[0] = "d"; // expect: WEFT0002
        Push(hosts, "e"); // expect: WEFT0002
    }
}
