// Round 2. The published value is typed object by the caller; a type pattern recovers the list and appends to it.
using Weft.Slots;
using System.Collections.Generic;

namespace Corpus.PublishedWrites.Round2.Pattern;

public static class Settings
{
    public static void Publish(Slot<object> slot, object value)
    {
        slot.Publish(value);
        if (value is List<string> { Count: 0 } names)
        {
            names.Add("default"); // expect: WEFT0002
        }
    }
}
