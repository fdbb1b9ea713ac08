// Quiet twin of InheritedWritableField: the base exposes a readonly field and a get-only property.
using Weft;

namespace Corpus6a.InheritedWritableField;

public class VersionedBase
{
    public readonly long Version;

    public VersionedBase(long version) => Version = version;

    public string Source { get; } = "config";
}

[ThreadLocalSlot]
public sealed partial class Routes : VersionedBase
{
    public Routes() : base(1) { }

    public string Name { get; init; } = "";
}
