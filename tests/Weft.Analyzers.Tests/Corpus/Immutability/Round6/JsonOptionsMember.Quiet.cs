// Quiet twin of JsonOptionsMember: the snapshot stores the immutable inputs (an enum and a bool) the options are
// built from.
using System.Text.Json;
using Weft;

namespace Corpus6a.JsonOptionsMember;

[ThreadLocalSlot]
public sealed partial class Codec
{
    public JsonSerializerDefaults Defaults { get; init; } = JsonSerializerDefaults.Web;

    public bool Indented { get; init; }
}
