// Round 3. ImmutableList.Add on the snapshot's list returns a new list: the snapshot is not written (the docs' own Right example).
using System.Collections.Immutable;
using Weft;

namespace Corpus.Views.Round3.ImmutableAddIsNotAWrite;

[ThreadLocalSlot]
public sealed partial class Tags
{
    public ImmutableList<string> Names { get; init; } = ImmutableList<string>.Empty;
}

public static class Tagger
{
    public static Tags With(string name)
    {
        var names = Tags.Current.Names.Add(name);
        names = names.Remove("old");
        return new Tags { Names = names };
    }
}
