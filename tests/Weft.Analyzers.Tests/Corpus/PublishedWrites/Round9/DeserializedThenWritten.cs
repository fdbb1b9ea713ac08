// WEFT0002: "an object ... a library call handed it (JsonSerializer.Deserialize<T> ...: a new object per call)". The
// deserialized list is published and then written.
using System.Collections.Generic;
using System.Text.Json;
using Weft.Slots;

namespace Corpus.PublishedWrites.R9.DeserializedThenWritten;

public static class AllowListLoader
{
    public static void Load(Slot<List<string>> slot, string json)
    {
        List<string> allowed = JsonSerializer.Deserialize<List<string>>(json) ?? new List<string>();
        slot.Publish(allowed);
        allowed.RemoveAll(string.IsNullOrWhiteSpace); // expect: WEFT0002
    }
}
