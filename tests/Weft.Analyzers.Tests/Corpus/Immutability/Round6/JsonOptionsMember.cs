// WEFT0001: a JsonSerializerOptions member (sealed, but its properties are settable by any thread).
using System.Text.Json;
using Weft;

namespace Corpus6a.JsonOptionsMember;

[ThreadLocalSlot]
public sealed partial class Codec
{
    public JsonSerializerOptions Options { get; init; } = new(); // expect: WEFT0001 "Options"
}
