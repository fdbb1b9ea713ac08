// The snapshot publishes a read-only wrapper of a list the loader keeps; the loader keeps appending to the list.
// Decided (WEFT0002 doc, published fields): the AddRange above the publish changes the list the previous load published.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Views.Wrapper;

[ThreadLocalSlot]
public sealed partial class AllowList
{
    public ReadOnlyCollection<string> Cidrs { get; init; } = ReadOnlyCollection<string>.Empty; // expect: WEFT0001
}

public sealed class AllowListLoader(WorkerPool pool)
{
    private readonly List<string> _cidrs = new();

    public async Task LoadAsync(IEnumerable<string> lines)
    {
        _cidrs.AddRange(lines); // expect: WEFT0002
        await AllowList.PublishAsync(pool, new AllowList { Cidrs = new ReadOnlyCollection<string>(_cidrs) });
        _cidrs.Add("127.0.0.0/8"); // expect: WEFT0002
    }
}
