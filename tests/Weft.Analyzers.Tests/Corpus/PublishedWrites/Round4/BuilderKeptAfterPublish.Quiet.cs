// Quiet twin of BuilderKeptAfterPublish: the published catalog holds ToImmutable()'s copy; the builder is reused for
// the next version (adding to it, sorting it, MoveToImmutable) without touching what was published.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.BuilderKeptAfterPublishQuiet;

public sealed class Catalog
{
    public Catalog(ImmutableArray<string> names) => Names = names;

    public ImmutableArray<string> Names { get; }
}

public sealed class CatalogPublisher
{
    private readonly Slot<Catalog> _slot;

    public CatalogPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<Catalog>();

    public async Task LoadAsync(IEnumerable<string> hosts, string late)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        builder.AddRange(hosts);
        await _slot.PublishAsync(new Catalog(builder.ToImmutable()));
        builder.Add(late);
        builder.Sort();
        builder.Capacity = builder.Count;
        await _slot.PublishAsync(new Catalog(builder.MoveToImmutable()));
    }
}
