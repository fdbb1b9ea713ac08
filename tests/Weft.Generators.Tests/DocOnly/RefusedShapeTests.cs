using System.Threading.Tasks;

namespace Weft.Generators.Tests.DocOnly;

/// <summary>
/// Shapes docs/rules/WEFT0100..0109 refuse: exactly the documented diagnostic, inside the declaration its page says is
/// flagged (marked <c>[|…|]</c>), and no other problem: nothing the generator emits for a refused shape may break the
/// build further. The pages do not say which token carries the diagnostic, so the mark is the whole declaration.
/// </summary>
public sealed class RefusedShapeTests
{
    private const string U = DocOnlyKit.Usings;

    [Fact]
    public Task WEFT0100_not_partial() =>
        DocOnlyKit.Refuses("WEFT0100", U + "[|[ThreadLocalSlot] public sealed class RouteTable { }|]");

    [Fact]
    public Task WEFT0100_not_partial_per_worker_with_an_update() =>
        DocOnlyKit.Refuses("WEFT0100", U + "[|[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed class Cache { public int N; [WorkerUpdate] void Bump() => N++; }|]");

    [Fact]
    public Task WEFT0102_static() =>
        DocOnlyKit.Refuses("WEFT0102", U + "[|[ThreadLocalSlot] public static partial class Limits { }|]");

    [Fact]
    public Task WEFT0103_generic() =>
        DocOnlyKit.Refuses("WEFT0103", U + "[|[ThreadLocalSlot] public sealed partial class Table<T> { }|]");

    [Fact]
    public Task WEFT0103_nested_in_a_generic_type() =>
        DocOnlyKit.Refuses("WEFT0103", U + "public partial class Outer<T> { [|[ThreadLocalSlot] public sealed partial class Inner { }|] }");

    [Fact]
    public Task WEFT0104_abstract() =>
        DocOnlyKit.Refuses("WEFT0104", U + "[|[ThreadLocalSlot] public abstract partial class Policy { }|]");

    [Fact]
    public Task WEFT0105_container_not_partial() =>
        DocOnlyKit.Refuses("WEFT0105", U + "[|public class Proxy { [ThreadLocalSlot] public sealed partial class Routes { } }|]");

    [Fact]
    public Task WEFT0105_outer_container_not_partial_at_depth_two() =>
        DocOnlyKit.Refuses("WEFT0105", U + "[|public class Proxy { public partial class Mid { [ThreadLocalSlot] public sealed partial class Routes { } } }|]");

    [Fact]
    public Task WEFT0106_update_on_a_snapshot_type() =>
        DocOnlyKit.Refuses("WEFT0106", U + "[ThreadLocalSlot] public sealed partial class Routes { [|[WorkerUpdate] void Bump() { }|] }");

    [Fact]
    public Task WEFT0106_update_on_a_type_that_is_not_a_slot() =>
        DocOnlyKit.Refuses("WEFT0106", U + "public sealed class Plain { [|[WorkerUpdate] void Bump() { }|] }");

    [Fact]
    public Task WEFT0106_update_on_a_local_function() =>
        DocOnlyKit.Refuses("WEFT0106", U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                public void Run() { [|[WorkerUpdate] void Bump() => N++;|] Bump(); }
            }
            """);

    [Fact]
    public Task WEFT0106_and_WEFT0107_on_a_snapshot_update_returning_a_value() =>
        DocOnlyKit.Refuses(["WEFT0106", "WEFT0107"], U + "[ThreadLocalSlot] public sealed partial class Routes { [|[WorkerUpdate] int Count() => 0;|] }");

    [Fact]
    public Task WEFT0107_returns_a_value() =>
        DocOnlyKit.Refuses("WEFT0107", U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                private readonly List<int> _items = new();
                [|[WorkerUpdate] int Count() => _items.Count;|]
            }
            """);

    [Fact]
    public Task WEFT0107_returns_a_Task() =>
        DocOnlyKit.Refuses("WEFT0107", U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                [|[WorkerUpdate] Task Flush() => Task.CompletedTask;|]
            }
            """);

    [Theory]
    [InlineData("static", "[WorkerUpdate] static void Bump() { }")]
    [InlineData("generic", "[WorkerUpdate] void Put<T>(T item) { }")]
    [InlineData("ref", "[WorkerUpdate] void Put(ref int n) { }")]
    [InlineData("out", "[WorkerUpdate] void Put(out int n) { n = 0; }")]
    [InlineData("ref readonly", "[WorkerUpdate] void Put(ref readonly int n) { }")]
    [InlineData("Span", "[WorkerUpdate] void Fill(Span<byte> buffer) { }")]
    [InlineData("ReadOnlySpan", "[WorkerUpdate] void Fill(ReadOnlySpan<char> text) { }")]
    [InlineData("pointer", "[WorkerUpdate] unsafe void Fill(byte* buffer) { }")]
    public Task WEFT0108_cannot_be_broadcast(string why, string method)
    {
        Assert.NotEmpty(why);
        return DocOnlyKit.Refuses("WEFT0108",
            U + "[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { [|" + method + "|] }",
            o => o.WithAllowUnsafe(true));
    }

    [Fact]
    public Task WEFT0108_beside_WEFT0106_on_a_snapshot_type() =>
        DocOnlyKit.Refuses(["WEFT0106", "WEFT0108"], U + "[ThreadLocalSlot] public sealed partial class Routes { [|[WorkerUpdate] static void Bump() { }|] }");

    [Theory]
    [InlineData("[|[ThreadLocalSlot] public partial struct Point { }|]")]
    [InlineData("[|[ThreadLocalSlot] public partial record struct Point(int X);|]")]
    [InlineData("[|[ThreadLocalSlot] public partial interface IRoutes { }|]")]
    public Task CS0592_a_struct_record_struct_or_interface_gets_the_compilers_error_only(string marked) =>
        // docs/rules/README.md: "the compiler's CS0592 already rejects every struct, record struct or interface".
        DocOnlyKit.Refuses("CS0592", U + marked);

    [Fact]
    public Task WEFT0109_user_instance_method_named_Initialize() =>
        DocOnlyKit.Refuses("WEFT0109", U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                [|public void Initialize() => N = 0;|]
            }
            """);

    [Fact]
    public Task WEFT0109_user_PublishAsync_overload_with_other_parameters() =>
        DocOnlyKit.Refuses("WEFT0109", U + """
            [ThreadLocalSlot] public sealed partial class Routes
            {
                public string Json { get; init; } = "";
                [|public static Task PublishAsync(WorkerPool pool, string json) => Task.CompletedTask;|]
            }
            """);

    [Fact]
    public Task WEFT0109_user_member_named_like_the_callback_form_of_an_update() =>
        DocOnlyKit.Refuses("WEFT0109", U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                [WorkerUpdate] void Evict(string host) => N++;
                [|public static void EvictOnAllWorkers(WorkerPool pool, string host, Action onAllApplied) => onAllApplied();|]
            }
            """);

    [Fact]
    public Task WEFT0109_user_Current_hides_the_generated_one() =>
        DocOnlyKit.Refuses("WEFT0109", U + """
            [ThreadLocalSlot] public sealed partial class Routes
            {
                private static readonly Routes s_routes = new();
                [|public static Routes Current => s_routes;|]
            }
            """);

    [Fact]
    public Task WEFT0109_user_PublishAsync_hides_the_generated_one() =>
        DocOnlyKit.Refuses("WEFT0109", U + """
            [ThreadLocalSlot] public sealed partial class Routes
            {
                [|public static Task PublishAsync(WorkerPool pool, Routes value) => Task.CompletedTask;|]
            }
            """);

    [Fact]
    public Task WEFT0109_user_OnAllWorkersAsync_hides_the_generated_update() =>
        DocOnlyKit.Refuses("WEFT0109", U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                private readonly Dictionary<string, int> _byHost = new();
                [WorkerUpdate] void Evict(string host) => _byHost.Remove(host);
                [|public static Task EvictOnAllWorkersAsync(WorkerPool pool, string host) => Task.CompletedTask;|]
            }
            """);
}
