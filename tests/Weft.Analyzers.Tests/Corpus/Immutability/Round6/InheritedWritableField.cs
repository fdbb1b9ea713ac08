// WEFT0001 on an inherited writable field: reported on the slot type's name, the base member named in the
// message ("reported on the slot type's name, with the inherited member named in the message").
using Weft;

namespace Corpus6a.InheritedWritableField;

public class VersionedBase
{
    public long Version;
}

[ThreadLocalSlot]
public sealed partial class Routes : VersionedBase // expect: WEFT0001 "Version"
{
    public string Name { get; init; } = "";
}
