// Round 2. ToFrozenDictionary copies; the source dictionary may change afterwards.
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Views.Round2.DictAsReadOnly;

public static class Aliases
{
    public static void Publish(Slot<FrozenDictionary<string, string>> slot, Dictionary<string, string> aliases)
    {
        slot.Publish(aliases.ToFrozenDictionary());
        aliases["api"] = "backend";
    }
}
