// Quiet twin of HiddenMemberOfNestedType: only a nested helper type declares `PublishAsync` and `Current`; the slot
// type's generated members are not hidden by members of another type.
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenMemberOfNestedType;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    public sealed class Publisher
    {
        public Task PublishAsync() => Task.CompletedTask;

        public static Routes? Current => null;
    }
}
