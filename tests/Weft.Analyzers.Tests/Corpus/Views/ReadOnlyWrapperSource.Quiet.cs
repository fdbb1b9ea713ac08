// The loader publishes an immutable copy of its list and may keep editing the list afterwards.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Views.Wrapper;

[ThreadLocalSlot]
public sealed partial class AllowList
{
    public ImmutableArray<string> Cidrs { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class AllowListLoader(WorkerPool pool)
{
    private readonly List<string> _cidrs = new();

    public async Task LoadAsync(IEnumerable<string> lines)
    {
        _cidrs.AddRange(lines);
        await AllowList.PublishAsync(pool, new AllowList { Cidrs = _cidrs.ToImmutableArray() });
        _cidrs.Add("127.0.0.0/8");
    }
}
