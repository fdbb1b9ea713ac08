using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Worker state kept in a field that another type declares (a base class's protected field, another class's static
/// field) and handed to another thread (docs/rules/WEFT0004.md): what the field holds is decided by the declaring
/// type's bodies, whatever order the types are analysed in. Each test fails on an engine that judges a field only by
/// the bodies of the type that reads it.
/// </summary>
public sealed class DeclaringTypeFactsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Slots;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Cache
        {
            private readonly Dictionary<string, int> _byHost = new();

            public void Trim() => _byHost.Clear();
        }

        """;

    [Fact]
    public Task A_base_class_field_initialised_from_Current_escapes_from_the_derived_class() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public abstract class Component
        {
            protected readonly Cache Held = Cache.Current;
        }

        public sealed class Flusher : Component
        {
            public Task Flush() => Task.Run(() => {|WEFT0004:Held|}.Trim());
        }
        """);

    [Fact]
    public Task A_static_field_another_class_stores_worker_state_in_escapes_where_it_is_read() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public static class Registry
        {
            public static Cache? Last;

            public static void Remember() => Last = Cache.Current;
        }

        public static class Sweeper
        {
            public static Task Sweep() => Task.Run(() => {|WEFT0004:Registry.Last|}?.Trim());
        }
        """);

    [Fact]
    public Task A_base_class_field_holding_its_own_collection_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public abstract class Component
        {
            protected readonly Dictionary<string, int> Held = new();
        }

        public sealed class Flusher : Component
        {
            public Task Flush() => Task.Run(() => Held.Clear());
        }
        """);

    [Fact]
    public Task A_handler_over_worker_state_added_to_an_event_another_type_raises_on_a_thread_escapes_where_it_is_added() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Clock
        {
            public event Action? Tick;

            public void Start() => new System.Threading.Thread(() => Tick?.Invoke()).Start();
        }

        public static class Wiring
        {
            public static void Attach(Clock clock)
            {
                var cache = Cache.Current;
                {|WEFT0004:clock.Tick += () => cache.Trim()|};
            }
        }
        """);

    [Fact]
    public Task A_handler_over_worker_state_added_to_an_event_raised_on_the_adding_thread_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Clock
        {
            public event Action? Tick;

            public void Fire() => Tick?.Invoke();
        }

        public static class Wiring
        {
            public static void Attach(Clock clock)
            {
                var cache = Cache.Current;
                clock.Tick += () => cache.Trim();
                clock.Fire();
            }
        }
        """);

    [Fact]
    public Task A_handler_over_worker_state_added_to_the_types_own_event_escapes_where_the_event_is_raised_off_the_thread() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Clock
        {
            public event Action? Tick;

            public void Attach()
            {
                var cache = Cache.Current;
                Tick += () => cache.Trim();
            }

            public Task Start() => Task.Run(() => {|WEFT0004:Tick|}?.Invoke());
        }
        """);

    [Fact]
    public Task A_handler_holding_no_worker_state_added_to_an_event_raised_on_a_thread_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Usings + """
        public sealed class Clock
        {
            public event Action? Tick;

            public void Start() => new System.Threading.Thread(() => Tick?.Invoke()).Start();
        }

        public static class Wiring
        {
            public static void Attach(Clock clock)
            {
                var counts = new Dictionary<string, int>();
                clock.Tick += () => counts.Clear();
            }
        }
        """);
}
