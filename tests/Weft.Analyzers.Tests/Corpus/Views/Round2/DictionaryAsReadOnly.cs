// Round 2. IDictionary.AsReadOnly() (CollectionExtensions) is a view: the dictionary behind it is written after the
// view was published.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Weft.Slots;

namespace Corpus.Views.Round2.DictAsReadOnly;

public static class Aliases
{
    public static void Publish(Slot<ReadOnlyDictionary<string, string>> slot, Dictionary<string, string> aliases)
    {
        slot.Publish(aliases.AsReadOnly());
        aliases["api"] = "backend"; // expect: WEFT0002
    }
}
