// Twin: the tag is a string and the culture is stored by name.
using Weft;

namespace Corpus.Immutability.R8.ObjectAndCultureMembersQuiet;

[ThreadLocalSlot]
public sealed partial class MetricsFormat
{
    public string Tag { get; init; } = "";
    public string CultureName { get; init; } = "";
    public string Prefix { get; init; } = "weft_";
}
