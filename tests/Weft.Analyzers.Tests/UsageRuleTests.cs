using System.Threading.Tasks;
using Weft.CodeFixes;

namespace Weft.Analyzers.Tests;

/// <summary>WEFT0100–WEFT0109 and the make-partial fix.</summary>
public sealed class UsageRuleTests
{
    [Fact]
    public Task Every_misuse_of_the_attributes_is_reported() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot] public sealed class {|WEFT0100:NotPartial|} { }
        [{|CS0592:ThreadLocalSlot|}] public partial struct {|WEFT0101:AStruct|} { }
        [ThreadLocalSlot] public static partial class {|WEFT0102:AStatic|} { }
        [ThreadLocalSlot] public sealed partial class {|WEFT0103:AGeneric|}<T> { }
        [ThreadLocalSlot] public abstract partial class {|WEFT0104:AnAbstract|} { }
        public class {|WEFT0105:Outer|} { [ThreadLocalSlot] public sealed partial class Inner { } }
        [ThreadLocalSlot] public sealed partial class Snapshot { [WorkerUpdate] void {|WEFT0106:Bump|}() { } }
        public sealed class Plain { [WorkerUpdate] void {|WEFT0106:Bump|}() { } }
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] int {|WEFT0107:Count|}() => 0;
            [WorkerUpdate] void {|WEFT0108:Fill|}(ref int x) { }
            [WorkerUpdate] void {|WEFT0108:Scan|}(System.Span<byte> bytes) { }
            [WorkerUpdate] void {|WEFT0108:Each|}<T>(T item) { }
            [WorkerUpdate] static void {|WEFT0108:Global|}() { }
            public static int {|WEFT0109:Current|} => 1;
        }
        """);

    [Fact]
    public Task Well_formed_declarations_are_quiet() => Verifier.AnalyzeAsync<SlotDeclarationAnalyzer>("""
        using Weft;
        namespace App;
        [ThreadLocalSlot] public sealed partial class Routes { }
        [ThreadLocalSlot] internal sealed partial record Config(string Name);
        public partial class Outer { internal partial struct Mid { [ThreadLocalSlot] private sealed partial class Deep { } } }
        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            [WorkerUpdate] void Evict(string host) { }
            [WorkerUpdate] public void Touch(in int key, string? tag = null, params int[] more) { }
        }
        """);

    [Fact]
    public Task Make_partial_fixes_the_type_and_its_container() => Verifier.FixAsync<SlotDeclarationAnalyzer, MakePartialCodeFix>("""
        using Weft;
        namespace App;
        public class {|WEFT0105:Outer|}
        {
            [ThreadLocalSlot] public sealed class {|WEFT0100:Inner|} { }
        }
        [ThreadLocalSlot]
        sealed class {|WEFT0100:Other|} { }
        """, """
        using Weft;
        namespace App;
        public partial class Outer
        {
            [ThreadLocalSlot] public sealed partial class Inner { }
        }
        [ThreadLocalSlot]
        sealed partial class Other { }
        """);
}
