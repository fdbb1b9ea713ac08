// A catalog keeps an ImmutableArray<T>.Builder inside the object it publishes, meaning to "add later". WEFT0002 says a
// builder is mutable until ToImmutable: the builder was placed inside the published object, so adding to it or
// sorting it afterwards changes what workers read.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.BuilderKeptAfterPublish;

public sealed class Catalog
{
    public Catalog(ImmutableArray<string>.Builder names) => Names = names;

    public ImmutableArray<string>.Builder Names { get; }
}

public sealed class CatalogPublisher
{
    private readonly Slot<Catalog> _slot;

    public CatalogPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<Catalog>();

    public async Task LoadAsync(IEnumerable<string> hosts, string late)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        builder.AddRange(hosts);
        await _slot.PublishAsync(new Catalog(builder));
        builder.Add(late); // expect: WEFT0002
        builder.Sort(); // expect: WEFT0002
    }
}
