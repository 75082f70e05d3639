/**
 * A value made once per node run and shared by all of that run's items and requests. n8n gives each
 * run of a node its own execution context object, so the value is keyed on it and goes with it.
 */
export function perRun<C extends object, T>(make: (ctx: C) => T): (ctx: C) => T {
	const made = new WeakMap<C, T>();
	return (ctx) => {
		if (made.has(ctx)) return made.get(ctx) as T;
		const value = make(ctx);
		made.set(ctx, value);
		return value;
	};
}
