using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Weft.Generators.Tests.DocOnly;

/// <summary>
/// Shapes the documents serve (no WEFT0100+ rule refuses them): each must compile with the generator and expose the
/// documented members, which every case calls so that a missing or mistyped member fails too.
/// </summary>
public sealed class ServedShapeTests
{
    private const string U = DocOnlyKit.Usings;

    // Calls every snapshot member the docs name (design.md "Generated members, at least" and the callback form).
    private static string UseSnapshot(string type, string create) => $$"""
        static class UseOf_{{type.Replace('.', '_').Replace("@", "")}}
        {
            public static async Task Use(WorkerPool pool)
            {
                await {{type}}.PublishAsync(pool, {{create}});
                {{type}}.Publish(pool, {{create}}, () => { });
                {{type}} read = {{type}}.Current;
                bool has = {{type}}.TryGetCurrent(out {{type}}? maybe);
                GC.KeepAlive(read); GC.KeepAlive(has); GC.KeepAlive(maybe);
            }
        }
        """;

    private static string UsePerWorker(string type, string create) => $$"""
        static class UseOf_{{type.Replace('.', '_').Replace("@", "")}}
        {
            public static async Task Use(WorkerPool pool)
            {
                {{type}}.Initialize(pool, d => {{create}});
                await {{type}}.InitializeAsync(pool, d => {{create}});
                await {{type}}.UpdateAllAsync(pool, x => GC.KeepAlive(x));
                {{type}}.UpdateAll(pool, x => GC.KeepAlive(x), () => { });
                {{type}} read = {{type}}.Current;
                bool has = {{type}}.TryGetCurrent(out {{type}}? maybe);
                GC.KeepAlive(read); GC.KeepAlive(has); GC.KeepAlive(maybe);
            }
        }
        """;

    public static readonly Dictionary<string, string[]> Cases = new()
    {
        ["sealed snapshot class"] = [U + "[ThreadLocalSlot] public sealed partial class Routes { public int N { get; init; } }\n" + UseSnapshot("Routes", "new Routes { N = 1 }")],
        ["unsealed snapshot class"] = [U + "[ThreadLocalSlot] public partial class Routes { public int N { get; init; } }\n" + UseSnapshot("Routes", "new Routes()")],
        ["internal class"] = [U + "[ThreadLocalSlot] internal sealed partial class Routes { }\n" + UseSnapshot("Routes", "new Routes()")],
        ["no accessibility modifier"] = [U + "[ThreadLocalSlot] sealed partial class Routes { }\n" + UseSnapshot("Routes", "new Routes()")],
        ["nested private, protected, internal, protected internal, private protected, public"] = [U + """
            public partial class Host
            {
                [ThreadLocalSlot] private sealed partial class A { }
                [ThreadLocalSlot] protected sealed partial class B { }
                [ThreadLocalSlot] internal sealed partial class C { }
                [ThreadLocalSlot] protected internal sealed partial class D { }
                [ThreadLocalSlot] private protected sealed partial class E { }
                [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class F { [WorkerUpdate] void Bump() { } }
                public static async Task Use(WorkerPool pool)
                {
                    await A.PublishAsync(pool, new A()); await B.PublishAsync(pool, new B()); await C.PublishAsync(pool, new C());
                    await D.PublishAsync(pool, new D()); await E.PublishAsync(pool, new E());
                    F.Initialize(pool, d => new F()); await F.BumpOnAllWorkersAsync(pool);
                }
            }
            """],
        ["file-scoped namespace"] = ["using Weft; using System.Threading.Tasks;\nnamespace App.Routing;\n[ThreadLocalSlot] public sealed partial class Routes { }\n"
            + "static class Use { public static Task Go(WorkerPool p) => Routes.PublishAsync(p, new Routes()); }"],
        ["global namespace"] = [U + "[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { [WorkerUpdate] void Clear() { } }\n"
            + UsePerWorker("Cache", "new Cache()") + "\nstatic class Use2 { public static Task Go(WorkerPool p) => Cache.ClearOnAllWorkersAsync(p); }"],
        ["deep nesting in namespaces and classes"] = [U + """
            namespace A.B { namespace C.D {
                public static partial class Outer { internal partial class Mid { public sealed partial record Inner {
                    [ThreadLocalSlot] public sealed partial class Routes { }
                    [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { [WorkerUpdate] void Clear(int n) { } }
                } } }
                static class Use { public static async Task Go(WorkerPool p) {
                    await Outer.Mid.Inner.Routes.PublishAsync(p, new Outer.Mid.Inner.Routes());
                    await Outer.Mid.Inner.Cache.ClearOnAllWorkersAsync(p, 3);
                } }
            } }
            """],
        ["sealed record snapshot with positional members"] = [U + "[ThreadLocalSlot] public sealed partial record Limits(int Max, string Name);\n" + UseSnapshot("Limits", "new Limits(1, \"a\")")],
        ["unsealed record snapshot"] = [U + "[ThreadLocalSlot] public partial record Limits { public int Max { get; init; } }\n" + UseSnapshot("Limits", "new Limits()")],
        ["per-worker record with an update"] = [U + "[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial record Tally { public int N { get; private set; } [WorkerUpdate] void Add(int k) => N += k; }\n"
            + UsePerWorker("Tally", "new Tally()") + "\nstatic class Use2 { public static Task Go(WorkerPool p) => Tally.AddOnAllWorkersAsync(p, 2); }"],
        ["class with a primary constructor"] = [U + "[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache(int capacity) { public int Capacity => capacity; [WorkerUpdate] void Grow(int by) => capacity += by; }\n"
            + UsePerWorker("Cache", "new Cache(4)") + "\nstatic class Use2 { public static Task Go(WorkerPool p) => Cache.GrowOnAllWorkersAsync(p, 2); }"],
        ["updates with 0, 1, 3 and 12 parameters"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public long Sum;
                [WorkerUpdate] void Zero() => Sum = 0;
                [WorkerUpdate] void One(int a) => Sum += a;
                [WorkerUpdate] void Three(int a, string b, double c) => Sum += a + b.Length + (long)c;
                [WorkerUpdate] void Twelve(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, int k, int l) => Sum += a + b + c + d + e + f + g + h + i + j + k + l;
            }
            static class Use { public static async Task Go(WorkerPool p) {
                await Cache.ZeroOnAllWorkersAsync(p); await Cache.OneOnAllWorkersAsync(p, 1); await Cache.ThreeOnAllWorkersAsync(p, 1, "b", 2.5);
                await Cache.TwelveOnAllWorkersAsync(p, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
                Cache.ZeroOnAllWorkers(p, () => { }); Cache.OneOnAllWorkers(p, 1, () => { }); Cache.ThreeOnAllWorkers(p, 1, "b", 2.5, () => { });
                Cache.TwelveOnAllWorkers(p, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, () => { });
            } }
            """],
        ["in parameter (served: WEFT0108)"] = [U + """
            public readonly record struct Big(long A, long B, long C, long D);
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public long Sum; [WorkerUpdate] void Take(in Big big) => Sum += big.A; }
            static class Use { public static async Task Go(WorkerPool p) { var b = new Big(1, 2, 3, 4); await Cache.TakeOnAllWorkersAsync(p, b); Cache.TakeOnAllWorkers(p, b, () => { }); } }
            """],
        ["params array"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public int N; [WorkerUpdate] void Drop(params string[] hosts) => N += hosts.Length; }
            static class Use { public static async Task Go(WorkerPool p) { await Cache.DropOnAllWorkersAsync(p, ["a", "b"]); await Cache.DropOnAllWorkersAsync(p, new[] { "c" }); } }
            """],
        ["default values"] = [U + """
            public enum Kind { A, B }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public string Last = "";
                [WorkerUpdate] void Set(int n = 5, string? s = null, Kind k = Kind.B, decimal m = 1.5m, System.Threading.CancellationToken ct = default, double d = 0.1, char c = '\'', string q = "a\"b\\")
                    => Last = $"{n}{s}{k}{m}{ct.IsCancellationRequested}{d}{c}{q}";
            }
            static class Use { public static Task Go(WorkerPool p) => Cache.SetOnAllWorkersAsync(p, 1, "x", Kind.A, 2m, default, 0, 'c', "q"); }
            """],
        ["non-finite floating-point defaults (double.NaN, double.PositiveInfinity, float.NegativeInfinity, float.NaN)"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public double Last;
                [WorkerUpdate] void Set(double a = double.NaN, double b = double.PositiveInfinity, float c = float.NegativeInfinity, float e = float.NaN) => Last = a + b + c + e;
            }
            static class Use { public static Task Go(WorkerPool p) => Cache.SetOnAllWorkersAsync(p); }
            """],
        ["extreme numeric defaults (long.MinValue, int.MinValue, ulong.MaxValue, double.MaxValue, double.Epsilon, float.MaxValue, decimal.MinValue, negative enum)"] = [U + """
            public enum Level : sbyte { Low = -1, High = 1 }
            [Flags] public enum Opts { None = 0, A = 1, B = 2 }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public string Last = "";
                [WorkerUpdate] void Set(long a = long.MinValue, int b = int.MinValue, ulong c = ulong.MaxValue, double d = double.MaxValue, double e = double.Epsilon,
                    float f = float.MaxValue, decimal g = decimal.MinValue, Level h = Level.Low, Opts i = Opts.A | Opts.B, int? j = -3, Level? k = null, sbyte l = sbyte.MinValue, short m = -1)
                    => Last = $"{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}";
            }
            static class Use { public static Task Go(WorkerPool p) => Cache.SetOnAllWorkersAsync(p); }
            """],
        ["escaped char and string defaults ('\\0', '\\n', \"\\r\\n\\t\", \"\\u2028\", verbatim)"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public string Last = "";
                [WorkerUpdate] void Set(char a = '\0', char b = '\n', string c = "\r\n\t", string d = "\u2028\u0085\u0000", string e = @"C:\dir\""q"" end", char f = '\\', char g = '"') => Last = a + b + c + d + e + f + g;
            }
            static class Use { public static Task Go(WorkerPool p) => Cache.SetOnAllWorkersAsync(p); }
            """],
        ["optional arguments left out at the generated call"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public string Last = ""; [WorkerUpdate] void Set(int n = 5, string? s = null) => Last = $"{n}{s}"; }
            static class Use { public static async Task Go(WorkerPool p) { await Cache.SetOnAllWorkersAsync(p); await Cache.SetOnAllWorkersAsync(p, 1); } }
            """],
        ["params array in expanded form at the generated call"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public int N; [WorkerUpdate] void Drop(params string[] hosts) => N += hosts.Length; }
            static class Use { public static async Task Go(WorkerPool p) { await Cache.DropOnAllWorkersAsync(p, "a", "b"); await Cache.DropOnAllWorkersAsync(p); } }
            """],
        ["nullable and generic-typed arguments"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                [WorkerUpdate] void Take(string? s, int? n, List<int> list, Dictionary<string, List<int>?> map, (int, string) pair, (int Id, string? Name) named,
                    int[] arr, int[,] grid, int[][] jagged, ImmutableArray<string> imm, Func<int, int> f, Action<string?>? cb, object? o, KeyValuePair<string, int>[] kvs)
                    => N++;
            }
            static class Use { public static Task Go(WorkerPool p) => Cache.TakeOnAllWorkersAsync(p, null, null, new List<int>(), new Dictionary<string, List<int>?>(), (1, "a"), (2, null),
                new int[1], new int[1, 1], new int[1][], ImmutableArray<string>.Empty, x => x, null, null, []); }
            """],
        ["C# keyword names (@event, @class, @params)"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class @event
            {
                public int N;
                [WorkerUpdate] void @class(int @params, string @event) => N += @params + @event.Length;
                [WorkerUpdate] void @return() => N = 0;
            }
            static class Use { public static async Task Go(WorkerPool p) { await @event.classOnAllWorkersAsync(p, 1, "x"); await @event.returnOnAllWorkersAsync(p); @event.Initialize(p, d => new @event()); } }
            """],
        ["overloaded updates"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public string Last = "";
                [WorkerUpdate] void Evict(string host) => Last = "s" + host;
                [WorkerUpdate] void Evict(int id) => Last = "i" + id;
                [WorkerUpdate] void Evict(string host, int port) => Last = "sp" + host + port;
                [WorkerUpdate] void Evict() => Last = "none";
            }
            static class Use { public static async Task Go(WorkerPool p) {
                await Cache.EvictOnAllWorkersAsync(p, "h"); await Cache.EvictOnAllWorkersAsync(p, 1); await Cache.EvictOnAllWorkersAsync(p, "h", 2); await Cache.EvictOnAllWorkersAsync(p);
                Cache.EvictOnAllWorkers(p, "h", () => { }); Cache.EvictOnAllWorkers(p, 1, () => { });
            } }
            """],
        ["parameters named like the generated ones (pool, onAllApplied, state, update, value, factory)"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                [WorkerUpdate] void Mix(int pool, string onAllApplied, int state, int update, int value, int factory, int dispatcher, int d) => N += pool + state;
            }
            static class Use { public static async Task Go(WorkerPool p) { await Cache.MixOnAllWorkersAsync(p, 1, "a", 2, 3, 4, 5, 6, 7); Cache.MixOnAllWorkers(p, 1, "a", 2, 3, 4, 5, 6, 7, () => { }); } }
            """],
        ["user names that shadow what generated code may use (System, Weft, Task, Action, WorkerPool, Dispatcher, GeneratedSlot)"] = [U + """
            namespace App.Weft { public sealed class Marker { } }
            namespace App
            {
                public sealed class Task { } public sealed class Action { } public sealed class WorkerPool { } public sealed class Dispatcher { }
                public sealed class GeneratedSlot<T> { } public sealed class InvalidOperationException { } public sealed class Func<T> { }
                public static class System { }
                [global::Weft.ThreadLocalSlot(Mode = global::Weft.SlotMode.PerWorker)] public sealed partial class Cache
                {
                    public int Weft; public int Slots; public int Threading;
                    [global::Weft.WorkerUpdate] void Clear(int n) => Weft = n;
                }
                [global::Weft.ThreadLocalSlot] public sealed partial class Routes { public static int T_current => 0; }
            }
            """],
        ["slot type named like its namespace"] = [U + """
            namespace Routes { [ThreadLocalSlot] public sealed partial class Routes { } }
            namespace Cache.Cache { [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { [WorkerUpdate] void Cache2() { } } }
            static class Use { public static async System.Threading.Tasks.Task Go(WorkerPool p) { await Routes.Routes.PublishAsync(p, new Routes.Routes()); await Cache.Cache.Cache.Cache2OnAllWorkersAsync(p); } }
            """],
        ["type with existing members (constructors, statics, [ThreadStatic] field, base class, interfaces, operators)"] = [U + """
            public abstract class Base { public virtual string Describe() => "base"; }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache : Base, IDisposable, IEquatable<Cache>
            {
                [ThreadStatic] private static int t_local;
                public static readonly Cache Empty = new(0);
                static Cache() { t_local = 1; }
                private readonly int _n;
                public Cache(int n) { _n = n; }
                public Cache() : this(0) { }
                public int N => _n + t_local;
                public override string Describe() => "cache";
                public void Dispose() { }
                public bool Equals(Cache? other) => other is not null && other._n == _n;
                public override bool Equals(object? obj) => Equals(obj as Cache);
                public override int GetHashCode() => _n;
                public static bool operator ==(Cache? a, Cache? b) => Equals(a, b);
                public static bool operator !=(Cache? a, Cache? b) => !Equals(a, b);
                public event EventHandler? Changed;
                public int this[int i] => i + _n;
                [WorkerUpdate] void Touch() => Changed?.Invoke(this, EventArgs.Empty);
            }
            """ + UsePerWorker("Cache", "new Cache(1)")],
        ["partial split across files"] = [
            U + "[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public int N; }",
            U + "public sealed partial class Cache { [WorkerUpdate] void Add(int k) => N += k; }",
            U + "partial class Cache { [WorkerUpdate] void Reset() => N = 0; }\nstatic class Use { public static async Task Go(WorkerPool p) { await Cache.AddOnAllWorkersAsync(p, 1); await Cache.ResetOnAllWorkersAsync(p); } }"],
        ["#nullable disable region"] = [U + """
            #nullable disable
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public string Last;
                [WorkerUpdate] void Set(string s, List<string> items, object o) => Last = s;
            }
            [ThreadLocalSlot] public sealed partial class Routes { public string Name { get; init; } }
            #nullable restore
            static class Use { public static async Task Go(WorkerPool p) { await Cache.SetOnAllWorkersAsync(p, null!, null!, null!); await Routes.PublishAsync(p, new Routes()); } }
            """],
        ["explicit SlotMode.Snapshot, qualified and aliased attribute names"] = [U + """
            using Slot = Weft.ThreadLocalSlotAttribute;
            [ThreadLocalSlot(Mode = SlotMode.Snapshot)] public sealed partial class A { }
            [Weft.ThreadLocalSlotAttribute] public sealed partial class B { }
            [Slot(Mode = Weft.SlotMode.PerWorker)] public sealed partial class C { [Weft.WorkerUpdateAttribute] void Go() { } }
            static class Use { public static async Task Go(WorkerPool p) {
                await A.PublishAsync(p, new A()); await B.PublishAsync(p, new B()); await C.GoOnAllWorkersAsync(p);
                C.Initialize(p, d => new C());
            } }
            """],
        ["two slot types in one file, one of each mode"] = [U + """
            [ThreadLocalSlot] public sealed partial class Routes { public int N { get; init; } }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public int N; [WorkerUpdate] void Add(int k) => N += k; }
            """ + UseSnapshot("Routes", "new Routes()") + UsePerWorker("Cache", "new Cache()")],
        ["the same short name in two namespaces"] = [
            U + "namespace Alpha { [ThreadLocalSlot] public sealed partial class Routes { } }",
            U + "namespace Beta { [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Routes { [WorkerUpdate] void Go() { } } }\n"
            + "static class Use { public static async Task Go(WorkerPool p) { await Alpha.Routes.PublishAsync(p, new Alpha.Routes()); await Beta.Routes.GoOnAllWorkersAsync(p); } }"],
        ["the same short name nested in two containers of one namespace"] = [U + """
            namespace App
            {
                public partial class Edge { [ThreadLocalSlot] public sealed partial class Routes { } }
                public partial class Admin { [ThreadLocalSlot] public sealed partial class Routes { } }
                public partial class Admin2 { [ThreadLocalSlot] public sealed partial class Edge_Routes { } }
                static class Use { public static async Task Go(WorkerPool p) { await Edge.Routes.PublishAsync(p, new Edge.Routes()); await Admin.Routes.PublishAsync(p, new Admin.Routes()); } }
            }
            """],
        ["private update whose parameter is a private nested type"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                private sealed record Entry(string Key);
                public int N;
                [WorkerUpdate] private void Put(Entry entry) => N += entry.Key.Length;
                public static Task PutEverywhere(WorkerPool p, string key) => PutOnAllWorkersAsync(p, new Entry(key));
            }
            """],
        ["internal slot type with a public update taking an internal type"] = [U + """
            internal sealed record Entry(string Key);
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] internal sealed partial class Cache { public int N; [WorkerUpdate] public void Put(Entry entry) => N++; }
            static class Use { public static Task Go(WorkerPool p) => Cache.PutOnAllWorkersAsync(p, new Entry("k")); }
            """],
        ["update methods of every accessibility on an unsealed per-worker type"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public partial class Cache
            {
                public int N;
                [WorkerUpdate] public void A() => N++;
                [WorkerUpdate] internal void B() => N++;
                [WorkerUpdate] protected void C() => N++;
                [WorkerUpdate] private void D() => N++;
                [WorkerUpdate] protected internal void E() => N++;
                [WorkerUpdate] private protected void F() => N++;
            }
            static class Use { public static async Task Go(WorkerPool p) { await Cache.AOnAllWorkersAsync(p); await Cache.BOnAllWorkersAsync(p); await Cache.EOnAllWorkersAsync(p); } }
            """],
        ["per-worker type without any update method"] = [U + "[ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { public readonly Dictionary<string, int> Hits = new(); }\n" + UsePerWorker("Cache", "new Cache()")],
        ["an update whose parameter type is the slot type itself and a nested generic"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Node
            {
                public Node? Next;
                [WorkerUpdate] void Link(Node? next, List<Node> all, Dictionary<Node, (Node, int)> map) => Next = next;
            }
            static class Use { public static Task Go(WorkerPool p) => Node.LinkOnAllWorkersAsync(p, null, new List<Node>(), new Dictionary<Node, (Node, int)>()); }
            """],
        ["slot types nested in a struct, a record struct, a readonly struct and an interface"] = [U + """
            public partial struct Holder { [ThreadLocalSlot] public sealed partial class Routes { } }
            public partial record struct Pair { [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache { [WorkerUpdate] void Go() { } } }
            public readonly partial struct Frozen { [ThreadLocalSlot] public sealed partial class Limits { } }
            public partial interface IHost { [ThreadLocalSlot] public sealed partial class Table { } }
            static class Use { public static async Task Go(WorkerPool p) {
                await Holder.Routes.PublishAsync(p, new Holder.Routes()); await Pair.Cache.GoOnAllWorkersAsync(p);
                await Frozen.Limits.PublishAsync(p, new Frozen.Limits()); await IHost.Table.PublishAsync(p, new IHost.Table());
            } }
            """],
        ["an update declared [Obsolete] (deprecating an update)"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                [Obsolete("use Evict2")] [WorkerUpdate] void Evict(string host) => N++;
                [WorkerUpdate] void Evict2(string host) => N++;
            }
            """],
        ["an update whose parameter type is [Obsolete] in a type that is itself [Obsolete]"] = [U + """
            [Obsolete("old")] public sealed record OldEntry(string Key);
            [Obsolete("old cache")]
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class OldCache { public int N; [WorkerUpdate] void Put(OldEntry e) => N++; }
            """],
        ["an update marked [Conditional]"] = [U + """
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                [System.Diagnostics.Conditional("TRACE_CACHE")] [WorkerUpdate] void Trace(string what) => N++;
            }
            """],
        ["parameter types written through using aliases and using static"] = [U + """
            using Map = System.Collections.Generic.Dictionary<string, int>;
            using Pair = (int Id, string Name);
            namespace App
            {
                using Inner = App.Models.Entry;
                namespace Models { public sealed record Entry(int Id); }
                [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
                {
                    public int N;
                    [WorkerUpdate] void Put(Map map, Pair pair, Inner inner) => N += map.Count + pair.Id + inner.Id;
                }
                static class Use { public static Task Go(WorkerPool p) => Cache.PutOnAllWorkersAsync(p, new Map(), (1, "a"), new Inner(2)); }
            }
            """],
        ["a nested slot type hiding an inherited member with new"] = [U + """
            public class BaseHost { public sealed class Routes { } }
            public partial class Host : BaseHost { [ThreadLocalSlot] public new sealed partial class Routes { } }
            static class Use { public static Task Go(WorkerPool p) => Host.Routes.PublishAsync(p, new Host.Routes()); }
            """],
        ["unicode and escaped identifiers"] = [U + """
            namespace Café.Ünits
            {
                [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Caché { public int N; [WorkerUpdate] void Zählen(int ß) => N += ß; }
                [ThreadLocalSlot] public sealed partial class \u0052outes2 { }
                static class Use { public static async Task Go(WorkerPool p) { await Caché.ZählenOnAllWorkersAsync(p, 1); await Routes2.PublishAsync(p, new Routes2()); } }
            }
            """],
        ["an update on an explicit interface implementation"] = [U + """
            public interface IEvict { void Evict(string host); }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache : IEvict
            {
                public int N;
                [WorkerUpdate] void IEvict.Evict(string host) => N++;
            }
            """],
        ["a slot type nested in another slot type"] = [U + """
            [ThreadLocalSlot] public sealed partial class Outer
            {
                [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Inner { public int N; [WorkerUpdate] void Add(int k) => N += k; }
            }
            static class Use { public static async Task Go(WorkerPool p) { await Outer.PublishAsync(p, new Outer()); await Outer.Inner.AddOnAllWorkersAsync(p, 1); } }
            """],
        ["two slot types whose names differ only in case"] = [U + """
            namespace App
            {
                [ThreadLocalSlot] public sealed partial class Routes { }
                [ThreadLocalSlot] public sealed partial class routes { }
                static class Use { public static async Task Go(WorkerPool p) { await Routes.PublishAsync(p, new Routes()); await routes.PublishAsync(p, new routes()); } }
            }
            """],
        ["a slot type nested in a positional record and a class with a primary constructor"] = [U + """
            public partial record Settings(int Port) { [ThreadLocalSlot] public sealed partial class Routes { } }
            public partial class Server(string name) { public string Name => name; [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Conns { [WorkerUpdate] void Drop() { } } }
            static class Use { public static async Task Go(WorkerPool p) { await Settings.Routes.PublishAsync(p, new Settings.Routes()); await Server.Conns.DropOnAllWorkersAsync(p); } }
            """],
    };

    public static IEnumerable<object[]> CaseNames => Cases.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Served_shape_compiles_with_the_generator(string shape) => DocOnlyKit.Serve(Cases[shape]);

    [Fact]
    public void Defaults_generated_on_a_machine_with_a_comma_decimal_culture_still_compile()
    {
        // A build runs under the developer's culture; the generated source must not depend on it. Only this thread's
        // culture is changed (it flows into anything the driver awaits): a process-wide default would leak into tests
        // running in parallel.
        CultureInfo german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal(",", german.NumberFormat.NumberDecimalSeparator);
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = german;
            DocOnlyKit.Serve(U + """
                [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
                {
                    public string Last = "";
                    [WorkerUpdate] void Set(double a = 1.5, float b = 2.25f, decimal c = 3.75m, double d = -1e-7, int e = -1000000) => Last = $"{a}{b}{c}{d}{e}";
                }
                static class Use { public static Task Go(WorkerPool p) => Cache.SetOnAllWorkersAsync(p); }
                """);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Generated_code_compiles_at_CSharp_12_the_net8_default()
    {
        // The package ships lib/net8.0 (README "One package"); a net8 consumer builds with C# 12 by default.
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        string source = U + """
            [ThreadLocalSlot] public sealed partial class Routes { public ImmutableArray<string> Items { get; init; } }
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                public int N;
                [WorkerUpdate] void Add(int k, string? s = null, params int[] more) => N += k + more.Length;
                [WorkerUpdate] void Take(in (int A, int B) pair) => N += pair.A;
            }
            static class Use { public static async Task Go(WorkerPool p) { await Routes.PublishAsync(p, new Routes()); await Cache.AddOnAllWorkersAsync(p, 1, "s", 2, 3); await Cache.TakeOnAllWorkersAsync(p, (1, 2)); } }
            """;
        CSharpCompilation input = GeneratorHarness.Compile().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, parse, path: "Source0.cs"));
        DocOnlyKit.Serve(input, parse);
    }

    [Fact]
    public void Documented_slot_types_with_generated_docs_leave_no_missing_doc_warning()
    {
        // A library consumer builds with GenerateDocumentationFile and warnings as errors: its own public members are
        // documented, so any CS1591 here would come from the generated public members.
        var parse = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        string source = U + """
            /// <summary>Routes.</summary>
            [ThreadLocalSlot] public sealed partial class Routes
            {
                /// <summary>How many.</summary>
                public int N { get; init; }
            }

            /// <summary>A cache.</summary>
            [ThreadLocalSlot(Mode = SlotMode.PerWorker)] public sealed partial class Cache
            {
                /// <summary>Evicts a host.</summary>
                /// <param name="host">The host.</param>
                [WorkerUpdate] public void Evict(string host) { }
            }
            """;
        CSharpCompilation input = GeneratorHarness.Compile().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, parse, path: "Source0.cs"));
        DocOnlyKit.Serve(input, parse);
    }
}
