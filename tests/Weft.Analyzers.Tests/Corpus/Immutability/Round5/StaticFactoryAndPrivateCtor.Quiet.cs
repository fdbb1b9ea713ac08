// Quiet twin of StaticFactoryAndPrivateCtor: the factory turns its arguments into immutable arrays.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.StaticFactoryAndPrivateCtorQuiet;

[ThreadLocalSlot]
public sealed partial class Menu
{
    private Menu(ImmutableArray<string> items, ImmutableArray<string> tags) { Items = items; Tags = tags; }

    public ImmutableArray<string> Items { get; }
    public ImmutableArray<string> Tags { get; }

    public static Menu From(List<string> items, string[] tags) => new(items.ToImmutableArray(), tags.ToImmutableArray());
}
