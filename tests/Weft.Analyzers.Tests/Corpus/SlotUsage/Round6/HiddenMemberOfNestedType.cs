// WEFT0109 on the slot type's own `PublishAsync`; a nested helper type's members of the same names are not the slot
// type's members (its quiet twin keeps only those).
using System.Threading.Tasks;
using Weft;

namespace Corpus6a.HiddenMemberOfNestedType;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    public static Task PublishAsync(Routes next) => Task.CompletedTask; // expect: WEFT0109 "PublishAsync"

    public sealed class Publisher
    {
        public Task PublishAsync() => Task.CompletedTask;

        public static Routes? Current => null;
    }
}
