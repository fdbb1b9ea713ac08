using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// An object a library method hands out that the table knows nothing about (a deserialized configuration, a rented
/// buffer, an activated instance) is an object like one the code allocated: published and then written, it is
/// WEFT0002 (docs/rules/WEFT0002.md: "any change … after it was published"). A new one per call, so a second call's
/// object is not the first's. Fails on the engine before this rule, which followed nothing out of such a call.
/// </summary>
public sealed class LibraryResultTests
{
    private const string Usings = """
        using System;
        using System.Buffers;
        using System.Collections.Generic;
        using System.Text.Json;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Config
        {
            public List<string> Routes { get; set; } = new();
        }

        """;

    [Fact]
    public Task Objects_a_library_call_returns_are_followed_into_a_publish() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Loader
        {
            public static void Load(Slot<Config> slot, string json)
            {
                var config = JsonSerializer.Deserialize<Config>(json)!;
                slot.Publish(config);
                {|WEFT0002:config.Routes.Add("x")|};
            }

            public static void Rent(Slot<byte[]> slot)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(16);
                slot.Publish(buffer);
                {|WEFT0002:buffer[0] = 1|};
            }

            public static void Activate(Slot<Config> slot)
            {
                var config = Activator.CreateInstance<Config>();
                slot.Publish(config);
                {|WEFT0002:config.Routes = new()|};
            }
        }
        """);

    [Fact]
    public Task Each_call_returns_its_own_object() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Loader
        {
            public static void Load(Slot<Config> slot, string json)
            {
                var published = JsonSerializer.Deserialize<Config>(json)!;
                slot.Publish(published);
                var draft = JsonSerializer.Deserialize<Config>(json)!;
                draft.Routes.Add("x");
                var rented = ArrayPool<byte>.Shared.Rent(16);
                rented[0] = 1;
            }
        }
        """);

    [Fact]
    public Task A_copying_query_with_an_element_selector_holds_what_the_selector_makes() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public sealed class Member
        {
            public string Name { get; set; } = "";
            public bool Suspect { get; set; }
        }

        public static class Members
        {
            public static void Publish(Slot<List<Member>> slot)
            {
                var members = new List<Member> { new() { Name = "a" } };
                slot.Publish(members);
                var copies = System.Linq.Enumerable.ToDictionary(members, m => m.Name, m => new Member { Name = m.Name });
                copies["a"].Suspect = true;
                var shared = System.Linq.Enumerable.ToDictionary(members, m => m.Name);
                {|WEFT0002:shared["a"].Suspect = true|};
            }
        }
        """);
}
