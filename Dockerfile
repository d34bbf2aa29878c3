# The bot as a container: the compiled build, serving Slack and/or Teams over HTTP.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# sqlite3 builds from source here (a couple of minutes); dev tools are left out.
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
COPY data ./data
ENV PORT=3000 DB_PATH=/var/lib/standing-together/bot.sqlite
VOLUME /var/lib/standing-together
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fsS http://localhost:3000/readyz || exit 1
# SIGTERM reaches node directly (no npm in between), so shutdown is graceful.
CMD ["node", "dist/bot/index.js"]
