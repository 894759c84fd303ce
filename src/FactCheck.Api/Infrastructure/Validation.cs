using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;

namespace FactCheck.Api.Infrastructure;

internal static class Validation
{
    /// <summary>Registers every validator in this assembly, and reports field paths in the JSON's camelCase.</summary>
    public static IServiceCollection AddRequestValidators(this IServiceCollection services)
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonName(member);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonName(member);
        ValidatorOptions.Global.LanguageManager.Enabled = false;

        var validators = Assembly.GetExecutingAssembly().GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
            services.AddSingleton(service, implementation);
        return services;
    }

    // FluentValidation asks for names as it runs each rule, not only when one fails: reading the
    // attribute each time cost a validated request more than all its middleware.
    private static readonly ConcurrentDictionary<MemberInfo, string> JsonNames = new();

    private static string JsonName(MemberInfo member) =>
        JsonNames.GetOrAdd(member, static m => m.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(m.Name));

    /// <summary>
    /// Validates the endpoint's <typeparamref name="TRequest"/> argument before the handler runs and
    /// answers 400 with every failure keyed by its field. A request type without a validator fails at
    /// start-up, not silently at run time.
    /// </summary>
    public static RouteHandlerBuilder Validate<TRequest>(this RouteHandlerBuilder builder) where TRequest : class
    {
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var validator = context.ApplicationServices.GetRequiredService<IValidator<TRequest>>();
            var index = context.MethodInfo.GetParameters().ToList().FindIndex(p => p.ParameterType == typeof(TRequest));
            if (index < 0)
                throw new InvalidOperationException($"{context.MethodInfo.Name} takes no {typeof(TRequest).Name}.");

            return async invocation =>
            {
                if (invocation.Arguments[index] is not TRequest request)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        [""] = ["A request body is required."],
                    });

                // Every rule is synchronous; the synchronous path spares each request an async state machine per rule.
                var result = validator.Validate(request);
                return result.IsValid
                    ? await next(invocation)
                    : TypedResults.ValidationProblem(result.ToDictionary());
            };
        });
        return builder.ProducesValidationProblem();
    }
}
